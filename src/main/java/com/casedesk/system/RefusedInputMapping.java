package com.casedesk.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Camunda's engine REST answers input a task listener or step refused ({@link RefusedInputException}) with 400
 * instead of 500, in Camunda's usual body ({@code type}, {@code message}, {@code code}). Every other exception keeps
 * Camunda's own mapping.
 * <p>
 * Registered through Jersey's auto-discovery ({@code META-INF/services}), not a {@code ResourceConfigCustomizer}:
 * Tasklist completes tasks through {@code /camunda/api/engine}, a Jersey application of the webapps that Spring's
 * {@code ResourceConfig} (which serves {@code /engine-rest}) does not reach.
 */
public class RefusedInputMapping implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER) {
            context.register(Thrown.class);
            context.register(WrappedByCamunda.class);
        }
    }

    /** A refusal from a step (delegate) reaches Jersey as it was thrown. */
    public static class Thrown implements ExceptionMapper<RefusedInputException> {

        @Context
        UriInfo request;

        @Override
        public Response toResponse(RefusedInputException exception) {
            return badRequest(exception, request);
        }
    }

    /**
     * The engine wraps a task listener's refusal into a plain ProcessEngineException, and the task resource's
     * complete and submit-form wrap that into a RestException of 500. Any other RestException is not mappable here,
     * so Jersey hands it to Camunda's RestExceptionHandler as before.
     */
    // Camunda's handler maps the same type at the default priority; on such a tie Jersey takes the lower value
    @Priority(Priorities.USER - 100)
    public static class WrappedByCamunda implements ExtendedExceptionMapper<RestException> {

        @Context
        UriInfo request;

        @Override
        public boolean isMappable(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof RefusedInputException) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Response toResponse(RestException exception) {
            return badRequest(exception, request);
        }
    }

    /**
     * Camunda's body, its message only the refusal's own words (no engine codes, no listener or command text), each
     * field named by its label in the task's form (the handler's words) and its key (for API clients).
     */
    private static Response badRequest(Throwable exception, UriInfo request) {
        var body = ExceptionHandlerHelper.getInstance().fromException(exception);
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedInputException refused) {
                body.setMessage("Please correct: " + TaskFormLabels.of(request).name(refused.problems()));
                break;
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(body)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
