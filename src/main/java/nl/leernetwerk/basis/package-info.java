/** Shared base: entity base class, main layout, error handling and the embedded default database. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.leernetwerk.basis;
