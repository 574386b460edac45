/** REST API of the kennisbank (JSON), documented with OpenAPI at /api/docs. */
package nl.leernetwerk.kennisbank.api;
