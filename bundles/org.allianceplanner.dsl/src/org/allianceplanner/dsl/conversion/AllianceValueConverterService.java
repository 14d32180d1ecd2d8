package org.allianceplanner.dsl.conversion;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Value converters of the plan language's data type rules: names, clause identifiers and phrases. A singleton, as
 * Xtext's {@code DefaultTerminalConverters} is (Guice does not inherit the scope): otherwise every parse builds
 * the converter table again by reflection, which was a seventh of a diagram refresh.
 */
@Singleton
public class AllianceValueConverterService extends DefaultTerminalConverters {

	private final Map<String, PhraseValueConverter> phraseConverters = new ConcurrentHashMap<>();

	@Inject
	private ClauseIdValueConverter clauseIdConverter;

	@Inject
	private MaintenanceCapabilityValueConverter maintenanceCapabilityConverter;

	@Inject
	private NameConverters.Factory nameConverters;

	private NameConverters names;

	private synchronized NameConverters names() {
		if (names == null) {
			names = nameConverters.create();
		}
		return names;
	}

	@ValueConverter(rule = "ClauseId")
	public IValueConverter<String> ClauseId() {
		return clauseIdConverter;
	}

	@ValueConverter(rule = "CLAUSE_ID")
	public IValueConverter<String> CLAUSE_ID() {
		return clauseIdConverter;
	}

	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> ValidID() {
		return names().validId();
	}

	@ValueConverter(rule = "AssignableID")
	public IValueConverter<String> AssignableID() {
		return names().assignableId();
	}

	@ValueConverter(rule = "TaskEntryWord")
	public IValueConverter<String> TaskEntryWord() {
		return names().validId();
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return names().qualifiedName();
	}

	@ValueConverter(rule = "QualifiedNameWithWildcard")
	public IValueConverter<String> QualifiedNameWithWildcard() {
		return names().qualifiedNameWithWildcard();
	}

	@ValueConverter(rule = "AssignedPartyName")
	public IValueConverter<String> AssignedPartyName() {
		return names().assignedPartyName();
	}

	@ValueConverter(rule = "MaintenanceCapability")
	public IValueConverter<Boolean> MaintenanceCapability() {
		return maintenanceCapabilityConverter;
	}

	/** The phrase rules ({@link Phrases}) have no method each; they are looked up here. */
	@Override
	@SuppressWarnings("unchecked")
	public IValueConverter<Object> getConverter(String lexerRule) {
		// Rules arrive by qualified name (org.allianceplanner.dsl.Alliance.PartyKind) or by simple name.
		String simpleName = lexerRule.substring(lexerRule.lastIndexOf('.') + 1);
		Map<Enumerator, String> phrases = Phrases.byRule().get(simpleName);
		if (phrases != null) {
			return (IValueConverter<Object>) (IValueConverter<?>) phraseConverters.computeIfAbsent(simpleName,
					rule -> new PhraseValueConverter(rule, phrases));
		}
		return super.getConverter(lexerRule);
	}

}
