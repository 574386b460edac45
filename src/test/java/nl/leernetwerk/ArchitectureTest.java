package nl.leernetwerk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

@AnalyzeClasses(packages = "nl.leernetwerk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_never_depends_on_ui =
            noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule views_never_use_repositories_directly =
            noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule repositories_are_only_used_by_services_components_and_the_domain =
            classes().that().areAssignableTo(Repository.class).should().onlyBeAccessed().byClassesThat(
                    resideInAPackage("..domain..").or(metaAnnotatedWith(Component.class)));
}
