package org.allianceplanner.diagram.description.ide;


/** Guice bindings of the generic IDE services of the description language (no logic here). */
public class ViewpointIdeModule extends AbstractViewpointIdeModule {
}
