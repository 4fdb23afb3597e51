package nl.functiehuis.web;

import nl.functiehuis.importer.format.Limits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much an upload may be: a document is read up to 20 MB (the importer's limit); the multipart settings
 * bound a file and a whole request. For the templates as {@code ${@uploadLimits...}}, also on the error page.
 */
@Component("uploadLimits")
class UploadLimits {
    private final long maxFile;
    private final long maxRequest;

    UploadLimits(@Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize maxFile,
            @Value("${spring.servlet.multipart.max-request-size:200MB}") DataSize maxRequest) {
        this.maxFile = maxFile.toBytes();
        this.maxRequest = maxRequest.toBytes();
    }

    public long maxDocument() {
        return Limits.DEFAULT.maxBytes();
    }

    public long maxRequest() {
        return maxRequest;
    }

    public String document() {
        return UploadSizes.describe(maxDocument());
    }

    public String file() {
        return UploadSizes.describe(maxFile);
    }

    public String request() {
        return UploadSizes.describe(maxRequest);
    }
}
