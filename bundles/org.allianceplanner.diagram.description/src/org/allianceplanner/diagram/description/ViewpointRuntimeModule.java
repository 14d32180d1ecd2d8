package org.allianceplanner.diagram.description;

/** Guice bindings of the description language (no logic here). */
public class ViewpointRuntimeModule extends AbstractViewpointRuntimeModule {
}
