package org.allianceplanner.diagram.glsp.internal;

/**
 * A problem of the plan file as the diagram shows it.
 *
 * @param elementId the drawn element it is on (the innermost whose text contains it), or the diagram's root
 * @param severity GLSP's word: {@code error}, {@code warning} or {@code info}
 * @param label the issue code or rule ID ({@code ROLE-AIR-DEFENSE}), or what kind of language problem it is
 * @param message what is wrong and on which line, as the Problems view says it
 */
public record Problem(String elementId, String severity, String label, String message) {
}
