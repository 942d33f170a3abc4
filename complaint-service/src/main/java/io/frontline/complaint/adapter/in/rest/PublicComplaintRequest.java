package io.frontline.complaint.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A complaint from the public web form, without an account; the contact details are optional. */
public record PublicComplaintRequest(
        @NotBlank @Size(max = 64) String site,
        @Pattern(regexp = "web|email|phone|letter|in-store", message = "must be web, email, phone, letter or in-store")
        String channel,
        @NotNull @Pattern(regexp = "product|service|staff-behaviour|billing|delivery|other",
                message = "must be product, service, staff-behaviour, billing, delivery or other") String category,
        @NotBlank @Size(max = SUBJECT_MAX) String subject,
        @NotBlank @Size(max = DESCRIPTION_MAX) String description,
        @Valid Contact contact,
        @Pattern(regexp = "nl|en|ja", message = "must be nl, en or ja") String language) {
    /** Longest subject, description and contact parts, in characters; stated in the public procedure. */
    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 10000;
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;

    /** How the chain can reach the complainant; kept apart from the complaint. */
    public record Contact(@Size(max = NAME_MAX) String name, @Email @Size(max = EMAIL_MAX) String email,
                          @Size(max = PHONE_MAX) String phone) {
    }
}
