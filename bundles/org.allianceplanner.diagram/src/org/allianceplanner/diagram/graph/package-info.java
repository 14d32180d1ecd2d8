/**
 * The neutral diagram graph: what a diagram description, interpreted against plan models, produces and
 * what layout, rendering and editors consume. Immutable values; every element is known by a stable identity
 * string (an opaque key built by the interpreter from the mapping name and the element's qualified name).
 * Styles here are fully resolved: renderers never invent their own.
 */
package org.allianceplanner.diagram.graph;
