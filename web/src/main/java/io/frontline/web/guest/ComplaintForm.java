package io.frontline.web.guest;

import jakarta.ws.rs.FormParam;

/** The public complaint form as typed; kept as it was when the page comes back with errors. */
public class ComplaintForm {
    @FormParam("site")
    public String site;
    @FormParam("category")
    public String category;
    @FormParam("subject")
    public String subject;
    @FormParam("description")
    public String description;
    @FormParam("name")
    public String name;
    @FormParam("email")
    public String email;
    @FormParam("phone")
    public String phone;
    @FormParam("language")
    public String language;

    public static ComplaintForm empty(String language) {
        ComplaintForm form = new ComplaintForm();
        form.language = language;
        return form;
    }
}
