/** Login and the beheer views for users. */
package nl.leernetwerk.account.ui;
