/** Knowledge record entity, its repository and queries. */
package nl.leernetwerk.kennisbank.domain;
