/** The competency matrix as a file: CSV (RFC 4180, UTF-8) and Excel (XLSX). */
@NullMarked
package nl.functiehuis.sheets;

import org.jspecify.annotations.NullMarked;
