using System.Diagnostics;
using System.Text.Json.Nodes;
using FakeDiscord;

namespace StudyBot.Bench.Load;

internal sealed partial class LoadRun
{
    // A steady stream of new students answering whichever question is open, with a fault every few seconds.
    private async Task<JsonObject> SoakAsync()
    {
        var (ready, idle) = await StartBotAsync();
        var seconds = Math.Clamp((int)Math.Ceiling(options.SoakSeconds / 20.0), 5, 300);
        var known = new HashSet<string>();
        var current = await OpenQuizAsync(seconds, known);
        using var stop = new CancellationTokenSource();
        var follow = FollowQuestionsAsync(seconds, known, q =>
        {
            quiz.Prepare(q);
            current = q;
        }, stop.Token);
        var faults = new List<string>();
        var faulting = options.Faults ? FaultsAsync(faults, stop.Token) : Task.CompletedTask;
        double[] cpuBefore = [First.CpuSeconds];
        var total = options.Rate * options.SoakSeconds;
        await SendAsync(total, options.SoakSeconds * 1000, _ => (Volatile.Read(ref current)[Random.Shared.Next(4)], QuizPlace.Default, 0));
        await stop.CancelAsync();
        await faulting;
        await follow;
        await WaitForAcksAsync();
        output.WriteLine($"soak: {total} presses over {options.SoakSeconds} s, {faults.Count} faults");
        return await FinishAsync(cpuBefore, ready, idle, null, summary =>
        {
            // Every press in a soak comes from a new student.
            summary["students"] = total;
            summary["questions"] = sent.Select(t => (t.Result.QuizId, t.Result.Question)).Distinct().Count();
            summary["soak_s"] = options.SoakSeconds;
            summary["rate"] = options.Rate;
            summary["faults"] = faults.Count;
            summary["fault_kinds"] = string.Join(",", faults);
        });
    }

    private async Task<string[]> OpenQuizAsync(int seconds, HashSet<string> known)
    {
        var id = await quiz.StartAsync(25, seconds, known, QuestionWait);
        known.Add(id);
        var buttons = await quiz.ButtonsAsync(id, 0, null, QuestionWait);
        quiz.Prepare(buttons);
        return buttons;
    }

    // Moves the presses on to each new question as the bot posts it, and starts a new quiz when one ends.
    private async Task FollowQuestionsAsync(int seconds, HashSet<string> known, Action<string[]> open, CancellationToken stop)
    {
        var quizId = known.Last();
        var question = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                question++;
                open(question < 25
                    ? await quiz.ButtonsAsync(quizId, question, null, TimeSpan.FromSeconds(seconds + 30)).WaitAsync(stop)
                    : await OpenQuizAsync(seconds, known).WaitAsync(stop));
                if (question >= 25)
                {
                    (quizId, question) = (known.Last(), 0);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (TimeoutException)
            {
                // An overloaded bot is late with its next question: keep pressing the open one and wait again.
                output.WriteLine($"no question {question + 1} posted within {seconds + 30} s; still waiting");
                question--;
            }
        }
    }

    private async Task FaultsAsync(List<string> faults, CancellationToken stop)
    {
        var injector = new LoadFaults(fake);
        try
        {
            for (var n = 0; ; n++)
            {
                await Task.Delay(TimeSpan.FromSeconds(options.FaultEverySeconds), stop);
                var watch = Stopwatch.StartNew();
                var kind = await injector.InjectAsync(n);
                faults.Add(kind);
                output.WriteLine($"fault {n + 1}: {kind} ({watch.ElapsedMilliseconds} ms to inject and recover)");
            }
        }
        catch (OperationCanceledException)
        {
            // The soak is over.
        }
    }

    // --no-bot: only the fake, for another bot to connect to; the same bursts of one button.
    private async Task<JsonObject> NoBotAsync()
    {
        await StartFakeAsync();
        quiz = new LoadQuiz(fake);
        output.WriteLine($"listening {fake.BaseUrl} token {fake.Options.Token}: point a bot at Discord API {fake.ApiBaseUrl} and gateway {fake.WebSocketBase}/gateway");
        await fake.Gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Identified, TimeSpan.FromHours(1));
        output.WriteLine("a bot identified; sending");
        await Task.Delay(TimeSpan.FromSeconds(1));
        for (var question = 0; question < options.Questions; question++)
        {
            await SendAsync(options.Students, options.WindowMs, _ => (options.CustomId!, QuizPlace.Default, 0));
            await WaitForAcksAsync();
        }

        var presses = sent.Select(t => t.Result).ToList();
        return new LoadReport(fake, presses).Summary(options, null, null, null);
    }
}
