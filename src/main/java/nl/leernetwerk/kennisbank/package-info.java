/** Kennisbank: praktijkvoorbeelden, werkzame elementen, motivatietechnieken, trainingen, groepsopdrachten and their sources. */
package nl.leernetwerk.kennisbank;
