/** Views for members and redacteuren of the leernetwerk. */
package nl.leernetwerk.leernetwerk.ui;
