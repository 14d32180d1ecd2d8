package org.allianceplanner.docgen.internal.render;

/**
 * POI logs through the Log4j API. Where no Log4j implementation is installed (the command line, the IDE),
 * the API prints an error about the missing provider on first use; route it to Log4j's own simple logger
 * instead, unless the application has chosen a logging setup itself.
 */
final class PoiLogging {

	private static final String FACTORY = "log4j2.loggerContextFactory";
	private static final String PROVIDER = "log4j.provider";

	private PoiLogging() {
	}

	static void ensureConfigured() {
		if (System.getProperty(FACTORY) == null && System.getProperty(PROVIDER) == null) {
			System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
	}
}
