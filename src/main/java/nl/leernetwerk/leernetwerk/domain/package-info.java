/** Entities and repositories of the leernetwerk. */
package nl.leernetwerk.leernetwerk.domain;
