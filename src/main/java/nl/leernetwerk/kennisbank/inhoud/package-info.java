/** Import and export of the kennisbank as content files (Markdown with a YAML header, see docs/content-schema.md). */
package nl.leernetwerk.kennisbank.inhoud;
