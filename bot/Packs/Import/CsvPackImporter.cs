namespace StudyBot.Packs.Import;

// CSV with the header question,answer,alternatives,explanation (the last two optional); alternatives
// are separated by '|'. Fields may be quoted, with "" for a quote and line breaks inside quotes.
internal static class CsvPackImporter
{
    private static readonly string[] Columns = ["question", "answer", "alternatives", "explanation"];

    public static PackLoadResult Load(string text, string fileName)
    {
        var errors = new PackErrorList(fileName);
        var rows = CsvReader.Read(text.TrimStart('\uFEFF'), errors);
        if (errors.Count > 0 || rows.Count == 0)
        {
            if (rows.Count == 0 && errors.Count == 0)
            {
                errors.Add(1, 1, "the file is empty; the first line must be: question,answer,alternatives,explanation");
            }

            return new PackLoadResult(null, errors.ToList());
        }

        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var index = Columns.Select(c => header.IndexOf(c)).ToArray();
        if (index[0] < 0 || index[1] < 0)
        {
            errors.Add(1, 1, $"the first line must name the columns question and answer (and optionally alternatives, explanation); found: {string.Join(", ", header)}");
            return new PackLoadResult(null, errors.ToList());
        }

        var questions = new List<ImportedQuestion>();
        foreach (var row in rows.Skip(1).Where(r => r.Fields.Any(f => f.Trim().Length > 0)))
        {
            string Field(int column) => index[column] >= 0 && index[column] < row.Fields.Count ? row.Fields[index[column]] : "";
            var answers = new List<string> { Field(1) };
            answers.AddRange(Field(2).Split('|'));
            questions.Add(new ImportedQuestion(row.Line, 1, Field(0), answers, Field(3)));
        }

        var pack = ImportedPack.Build(fileName, null, questions, errors);
        return errors.Count == 0 ? new PackLoadResult(pack, []) : new PackLoadResult(null, errors.ToList());
    }
}
