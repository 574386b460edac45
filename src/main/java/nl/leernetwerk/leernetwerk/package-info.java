/** Leernetwerk: contributions, review, revisions, comments, following, networks and their meetings. */
package nl.leernetwerk.leernetwerk;
