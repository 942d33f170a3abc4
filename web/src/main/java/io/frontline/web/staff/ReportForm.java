package io.frontline.web.staff;

import jakarta.ws.rs.FormParam;

import java.util.List;

/** An incident report as the employee typed it; kept when the page comes back with errors. */
public class ReportForm {
    @FormParam("site")
    public String site;
    @FormParam("type")
    public List<String> types;
    @FormParam("description")
    public String description;
    @FormParam("danger")
    public String danger;
    @FormParam("occurredAt")
    public String occurredAt;
    @FormParam("perpetratorDescription")
    public String perpetratorDescription;
    @FormParam("identifierKind")
    public String identifierKind;
    @FormParam("identifier")
    public String identifier;

    public boolean inDanger() {
        return danger != null;
    }
}
