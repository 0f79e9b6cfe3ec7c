// The Strategy layer of CondorPress (see SPEC §8). Its types live in the files beside this one.
