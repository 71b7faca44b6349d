package org.keji.commons.testapp;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.IllegalTransitionException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;

@Path("/api/v1/widgets")
public class WidgetResource {

    private final WidgetService widgets;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public WidgetResource(WidgetService widgets, IdempotentRequests idempotency, Caller caller) {
        this.widgets = widgets;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ "officer", "applicant" })
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid CreateWidget request) {
        return idempotency.create(key, request, () -> {
            WidgetView view = widgets.create(request.name());
            return new Created(URI.create("/api/v1/widgets/" + view.id()), view);
        });
    }

    @POST
    @Path("{id}/parts")
    @RolesAllowed("officer")
    public Response addPart(@PathParam("id") String id, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid CreateWidget request) {
        return idempotency.create(key, request, () -> new Created(URI.create("/api/v1/widgets/" + id + "/parts/1"),
                new WidgetView(id + "-part", request.name())));
    }

    /** Creates a widget in the service's transaction and then refuses the request: nothing may stay created. */
    @POST
    @Path("create-then-refuse")
    @RolesAllowed("officer")
    public WidgetView createThenRefuse(@Valid CreateWidget request) {
        widgets.create(request.name());
        throw new ConflictException("WIDGET_REFUSED_AFTER_CREATE", request.name());
    }

    @GET
    @Path("{id}")
    @RolesAllowed("officer")
    public WidgetView get(@PathParam("id") String id) {
        throw new NotFoundException("WIDGET_NOT_FOUND", id);
    }

    @POST
    @Path("{id}/ship")
    @RolesAllowed("officer")
    public WidgetView ship(@PathParam("id") String id) {
        throw new IllegalTransitionException("WIDGET_NOT_SHIPPABLE", "ship", WidgetState.SHIPPED, List.of("archive"));
    }

    @GET
    @Path("owned/{uscc}")
    @RolesAllowed({ "officer", "applicant" })
    public String owned(@PathParam("uscc") String uscc) {
        caller.requireEnterprise(uscc, () -> new NotFoundException("WIDGET_NOT_FOUND", uscc));
        return uscc;
    }

    @GET
    @Path("search")
    @PermitAll
    public List<String> search(@QueryParam("size") @Max(100) Integer size, @QueryParam("since") LocalDate since,
            @QueryParam("state") WidgetState state, @QueryParam("owner") UUID owner) {
        return Stream.of(since, state, owner).filter(Objects::nonNull).map(Object::toString).toList();
    }

    @POST
    @Path("with-id/{id}")
    @PermitAll
    public WidgetView createWithId(@PathParam("id") UUID id) {
        return widgets.createWithId(id, "fixed");
    }

    @POST
    @Path("labels/{label}")
    @PermitAll
    public String label(@PathParam("label") String label) {
        widgets.label(label);
        return label;
    }

    @GET
    @Path("named")
    @PermitAll
    public String named(@QueryParam("name") String name) {
        return name;
    }

    @POST
    @Path("priced")
    @PermitAll
    public PriceWidget priced(PriceWidget widget) {
        return widget;
    }

    @GET
    @Path("boom")
    @PermitAll
    public String boom() {
        throw new IllegalStateException("secret internal detail");
    }
}
