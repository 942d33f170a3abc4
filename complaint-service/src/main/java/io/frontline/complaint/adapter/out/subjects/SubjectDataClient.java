package io.frontline.complaint.adapter.out.subjects;

import io.frontline.platform.domain.SubjectData;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The platform's subject-data endpoint of another service ({@code /api/subjects/{subjectKey}/data}), called with the
 * bearer token of the person who makes the request, so that service checks their role and its trail names them.
 * {@code complaint}: the ids of the customer's complaints (none: no parameter), at most 200 in one call.
 */
@Path("/api/subjects")
interface SubjectDataClient {
    @GET
    @Path("{subjectKey}/data")
    @Produces(MediaType.APPLICATION_JSON)
    SubjectData.Export export(@PathParam("subjectKey") String subjectKey,
                              @QueryParam("complaint") List<String> complaints,
                              @HeaderParam("Authorization") String authorization);

    @DELETE
    @Path("{subjectKey}/data")
    @Produces(MediaType.APPLICATION_JSON)
    SubjectData.Erasure erase(@PathParam("subjectKey") String subjectKey,
                              @QueryParam("complaint") List<String> complaints,
                              @HeaderParam("Authorization") String authorization);
}
