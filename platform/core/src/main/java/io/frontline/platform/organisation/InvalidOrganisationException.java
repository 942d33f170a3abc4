package io.frontline.platform.organisation;

import java.util.List;

/** The organisation file is missing or wrong; the service refuses to start. */
public class InvalidOrganisationException extends RuntimeException {
    private final List<String> problems;

    public InvalidOrganisationException(String origin, List<String> problems) {
        super("Organisation file " + origin + " is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
