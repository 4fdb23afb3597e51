/** Web addresses of the publications: the PDF and HTML of a profile and the PDF booklets. */
@NullMarked
package nl.functiehuis.publish.web;

import org.jspecify.annotations.NullMarked;
