/** Trainingen: groups, participants, bijeenkomsten, attendance, afspraken and groepsopdrachten. */
package nl.leernetwerk.training;
