// The stylesheets, imported by both documents: the locale layout and the global 404.
import "./globals.css";
import "./layout.css";
import "./content.css";
import "./entry.css";
import "./feedback.css";
