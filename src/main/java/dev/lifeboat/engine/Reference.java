package dev.lifeboat.engine;

import java.util.Objects;

/** A piece of official documentation a rule rests on. */
public record Reference(String title, String url) {
    public Reference {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String toString() {
        return title + " <" + url + ">";
    }
}
