/** Views for trainers. */
package nl.leernetwerk.training.ui;
