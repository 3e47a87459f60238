package dev.relacja.core.impl.rest;

import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The JAX-RS application at {@code /relacja/api/v1} that every module's resources join. */
@Component(service = Application.class)
@JaxrsApplicationBase("relacja/api/v1")
@JaxrsName("relacja")
public class RelacjaApplication extends Application {
}
