/** Users, roles, login and security configuration. */
package nl.leernetwerk.account;
