package org.keji.commons.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** Operations of each kind of scope rule: the default read and write scopes, and one that names its own. */
@Path("/api/v1/scoped")
public class ScopedResource {

    @GET
    @RolesAllowed({ "officer", "integration" })
    public String read() {
        return "read";
    }

    @POST
    @RolesAllowed({ "officer", "integration" })
    public String write() {
        return "written";
    }

    @POST
    @Path("publish")
    @RolesAllowed("integration")
    @Extension(name = "x-keji-scope", value = "widget:publish")
    public String publish() {
        return "published";
    }

    @GET
    @Path("officers")
    @RolesAllowed("officer")
    public String officersOnly() {
        return "officers";
    }
}
