/** Entities and repositories of the trainer tools. */
package nl.leernetwerk.training.domain;
