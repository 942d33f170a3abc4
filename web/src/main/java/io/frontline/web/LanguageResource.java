package io.frontline.web;

import jakarta.annotation.security.PermitAll;
import io.frontline.web.i18n.Language;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The language switch: remembers the choice for a year and returns to the page the person was on. */
/* Open to everyone, on purpose: every JAX-RS endpoint states who may call it (deny-unannotated-endpoints). */
@PermitAll
@Path("/language")
public class LanguageResource {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("lang") String lang, @FormParam("back") String back) {
        String chosen = Language.SUPPORTED.contains(lang) ? lang : Language.DEFAULT;
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(safeReturn(back))).cookie(cookie).build();
    }

    /** Only a path on this site: never an address elsewhere (an open redirect). */
    static String safeReturn(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.contains("\r") || back.contains("\n")) {
            return "/";
        }
        return back;
    }
}
