"""The web interface: routes, pages and the middleware around them."""
