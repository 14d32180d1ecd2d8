package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.model.io.AtomicFiles;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/**
 * {@code alliance format PATH... [--check]}: rewrites plans in the canonical layout (each file
 * replaced whole), or with {@code --check} only lists the files that are not formatted (exit 1).
 * Files with syntax errors are left alone.
 */
public final class FormatCommand implements Subcommand {

	@Override
	public String name() {
		return "format";
	}

	@Override
	public String synopsis() {
		return "format PATH... [--check]";
	}

	@Override
	public String summary() {
		return "lay plans out canonically; --check only lists unformatted files";
	}

	@Override
	public int run(List<String> args, Console console) {
		try {
			Arguments arguments = Arguments.parse(name(), args, Set.of("--check"), Set.of(), Map.of());
			if (arguments.paths().isEmpty()) {
				throw new UsageException(Messages.missingPaths(name()));
			}
			List<Path> files = PlanFiles.expand(arguments.paths());
			PlanLoader loader = new PlanLoader();
			PlanLoader.LoadedPlans plans = loader.load(files);
			boolean check = arguments.has("--check");
			int unformatted = 0;
			for (Map.Entry<Resource, Path> entry : plans.paths().entrySet()) {
				XtextResource resource = (XtextResource) entry.getKey();
				if (!resource.getErrors().isEmpty()) {
					console.err().println(Messages.notFormatted(entry.getValue().toString()));
					unformatted++;
					continue;
				}
				String text = resource.getParseResult().getRootNode().getText();
				String formatted = format(loader.getInjector(), resource);
				if (!formatted.equals(text)) {
					unformatted++;
					if (check) {
						console.out().println(entry.getValue());
					} else {
						write(entry.getValue(), formatted);
						console.out().println(Messages.formatted(entry.getValue().toString()));
					}
				}
			}
			return check && unformatted > 0 ? ExitCode.ERRORS : ExitCode.OK;
		} catch (UsageException e) {
			console.err().println(e.getMessage());
			return ExitCode.USAGE;
		}
	}

	static String format(Injector injector, XtextResource resource) {
		ITextRegionAccess regionAccess = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource)
				.create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class).setTextRegionAccess(regionAccess);
		return regionAccess.getRewriter().renderToString(injector.getInstance(IFormatter2.class).format(request));
	}

	private static void write(Path file, String text) throws UsageException {
		try {
			AtomicFiles.writeString(file, text);
		} catch (IOException e) {
			throw new UsageException(Messages.ioProblem(file.toString(), "cannot be written: " + e.getMessage()));
		}
	}

}
