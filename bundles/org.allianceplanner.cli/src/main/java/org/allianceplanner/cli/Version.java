package org.allianceplanner.cli;

/** The version of the command, taken from the jar manifest written by the build. */
final class Version {

	private Version() {
	}

	static String current() {
		String version = Main.class.getPackage().getImplementationVersion();
		return version != null ? version : "development build";
	}
}
