/** The embedded PostgreSQL of the default run shape: started by the app when no external database is configured. */
package nl.leernetwerk.basis.embedded;
