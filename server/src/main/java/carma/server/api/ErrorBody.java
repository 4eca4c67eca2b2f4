package carma.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Every error the API answers: never a stack trace. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(String error, String path, List<Object> problems) {}
