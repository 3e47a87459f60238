package dev.relacja.web.impl;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The shell's scripts, styles and images, from this bundle's {@code /shell} folder at {@code /relacja/shell/}. */
@Component(service = ShellResources.class)
@HttpWhiteboardResource(pattern = ShellServlet.SHELL_PATH + "*", prefix = "/shell")
public class ShellResources {
}
