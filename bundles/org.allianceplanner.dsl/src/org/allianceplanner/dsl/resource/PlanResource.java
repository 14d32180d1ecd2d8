package org.allianceplanner.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * A plan file's resource, decoded strictly ({@link PlanText}) wherever plans are read: the command, the Maven
 * plugin, the builder and the language server. Bytes that are not valid in the file's encoding make an error at
 * their line, so that the file counts as broken and nothing writes it back; a UTF-8 byte-order mark is accepted.
 */
public class PlanResource extends LazyLinkingResource {

	private PlanText.InvalidByte invalidByte;
	private boolean byteOrderMark;

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		invalidByte = null;
		byteOrderMark = false;
		super.doLoad(inputStream, options);
		if (invalidByte != null) {
			// After the parse: loading clears the errors of the previous content.
			getErrors().add(0, new EncodingDiagnostic(invalidByte, getURI()));
		}
	}

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		PlanText text = PlanText.decode(inputStream.readAllBytes(), charset());
		byteOrderMark = text.byteOrderMark();
		invalidByte = text.problem().orElse(null);
		return new StringReader(text.text());
	}

	/** Whether the file as loaded starts with a UTF-8 byte-order mark (which is not part of its text). */
	public boolean hasByteOrderMark() {
		return byteOrderMark;
	}

	private Charset charset() {
		String encoding = getEncoding();
		try {
			return encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		} catch (IllegalArgumentException e) {
			return StandardCharsets.UTF_8;
		}
	}

	/** The encoding error as a resource error, at the line and column of the first invalid byte. */
	static final class EncodingDiagnostic implements Resource.Diagnostic {

		private final PlanText.InvalidByte invalidByte;
		private final String location;

		EncodingDiagnostic(PlanText.InvalidByte invalidByte, org.eclipse.emf.common.util.URI uri) {
			this.invalidByte = invalidByte;
			this.location = uri != null ? uri.toString() : null;
		}

		@Override
		public String getMessage() {
			return "The file is " + invalidByte.describe() + ".";
		}

		@Override
		public String getLocation() {
			return location;
		}

		@Override
		public int getLine() {
			return invalidByte.line();
		}

		@Override
		public int getColumn() {
			return invalidByte.column();
		}
	}
}
