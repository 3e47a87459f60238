package dev.relacja.web.impl;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The web UI's one HTML page at {@code /relacja/} ({@code /relacja} redirects there). Everything else is
 * script talking to the REST API; the page is never cached, so a module installed since shows at once, and
 * it allows scripts and connections to this server only.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("relacja-web")
@HttpWhiteboardServletPattern({ShellServlet.ROOT, ShellServlet.ROOT + "/"})
public class ShellServlet extends HttpServlet {
    static final String ROOT = "/relacja";
    static final String SHELL_PATH = ROOT + "/shell/";
    /** FullCalendar injects style elements and its icon font as a data: URL, hence both; never inline scripts. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(ROOT)) {
            response.sendRedirect(request.getContextPath() + ROOT + "/");
            return;
        }
        byte[] page;
        try (InputStream in = ShellServlet.class.getResourceAsStream("/shell/index.html")) {
            if (in == null) {
                throw new IOException("shell/index.html is missing from dev.relacja.web.impl");
            }
            page = in.readAllBytes();
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
