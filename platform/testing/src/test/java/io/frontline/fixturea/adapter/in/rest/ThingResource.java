package io.frontline.fixturea.adapter.in.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Allowed public: a JAX-RS resource and its response record. */
@Path("/things")
public class ThingResource {
    @GET
    public ThingResponse get() {
        return new ThingResponse("thing");
    }

    /** Allowed public: the JSON contract of the resource. */
    public record ThingResponse(String name) {
    }
}
