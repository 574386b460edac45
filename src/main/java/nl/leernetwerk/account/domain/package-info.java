/** The user entity and its repository. */
package nl.leernetwerk.account.domain;
