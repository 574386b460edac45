/** The application shell: main layout with navigation, home page, locale switch and error page. */
package nl.leernetwerk.basis.ui;
