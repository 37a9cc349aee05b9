namespace StudyBot.Commands;

// One handler per slash command; it owns its definition and every custom id that starts with "name:".
internal interface ICommandHandler
{
    CommandDefinition Definition { get; }

    ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken);
}

internal interface IComponentHandler
{
    ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken);
}

internal interface IModalHandler
{
    ValueTask<Reply> HandleModalAsync(ModalContext context, CancellationToken cancellationToken);
}

internal interface IAutocompleteHandler
{
    ValueTask<IReadOnlyList<OptionChoice>> AutocompleteAsync(AutocompleteContext context, CancellationToken cancellationToken);
}
