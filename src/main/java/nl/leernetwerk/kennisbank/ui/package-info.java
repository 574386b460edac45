/** Views of the kennisbank. */
package nl.leernetwerk.kennisbank.ui;
