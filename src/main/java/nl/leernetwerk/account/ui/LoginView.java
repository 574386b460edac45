package nl.leernetwerk.account.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The Dutch login page; Spring Security handles the form post to {@code /login}. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm loginForm = new LoginForm();

    public LoginView() {
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.JustifyContent.CENTER,
                LumoUtility.AlignItems.CENTER, LumoUtility.Height.FULL);
        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(i18n(false));
        add(loginForm);
    }

    private LoginI18n i18n(boolean geblokkeerd) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.titel"));
        form.setUsername(getTranslation("login.gebruikersnaam"));
        form.setPassword(getTranslation("login.wachtwoord"));
        form.setSubmit(getTranslation("login.inloggen"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.fout.titel"));
        error.setMessage(geblokkeerd ? getTranslation("login.geblokkeerd.tekst") : getTranslation("login.fout.tekst"));
        error.setUsername(getTranslation("login.fout.gebruikersnaam"));
        error.setPassword(getTranslation("login.fout.wachtwoord"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // ?geblokkeerd: too many failed attempts (account/InlogBeperking)
        boolean geblokkeerd = parameters.containsKey("geblokkeerd");
        if (geblokkeerd) {
            loginForm.setI18n(i18n(true));
        }
        loginForm.setError(geblokkeerd || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.paginatitel");
    }
}
