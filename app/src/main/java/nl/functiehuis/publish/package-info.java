/**
 * Publishing: a profile as a typeset A4 PDF or a standalone HTML page, and a group, series, family or the
 * whole house as a PDF booklet with table of contents, competency matrices and the profiles.
 */
@NullMarked
package nl.functiehuis.publish;

import org.jspecify.annotations.NullMarked;
